import type { ReflectionTemplate, TemplateField } from './reflection-form.types.js';

/** Id of the learning question: the last field of every template, stored as the record's `learningQuestion`. */
export const LEARNING_QUESTION = 'learningQuestion';

const TEXT = 4000;

const long = (
  id: string,
  nl: string,
  en: string,
  helpNl: string,
  helpEn: string,
  required = false,
) =>
  ({
    id,
    type: 'long',
    label: { nl, en },
    help: { nl: helpNl, en: helpEn },
    maxLength: TEXT,
    required,
  }) satisfies TemplateField;

/** The learning question ("leervraag"), which feeds the working group and the theme tracker. */
export const LEARNING_QUESTION_FIELD: TemplateField = {
  id: LEARNING_QUESTION,
  type: 'long',
  label: { nl: 'Mijn leervraag', en: 'My learning question' },
  help: {
    nl: 'Wat wilt u hierover leren? Schrijf het als vraag, om mee te nemen naar intervisie of de werkgroep.',
    en: 'What do you want to learn about this? Write it as a question to take to peer supervision or the working group.',
  },
  maxLength: 500,
  required: true,
};

/** ALACT (Korthagen): the five phases, with the guiding questions of looking back. */
export const ALACT: ReflectionTemplate = {
  id: 'alact',
  title: { nl: 'Reflectie met ALACT (Korthagen)', en: 'Reflection with ALACT (Korthagen)' },
  fields: [
    long(
      'action',
      '1. Handelen of ervaring',
      '1. Action or experience',
      'Wat gebeurde er? Beschrijf de situatie zo feitelijk mogelijk.',
      'What happened? Describe the situation as factually as you can.',
      true,
    ),
    long(
      'lookingBack',
      '2. Terugblikken',
      '2. Looking back',
      'Wat wilde, dacht, voelde en deed ik? En wat wilden, dachten, voelden en deden de anderen?',
      'What did I want, think, feel and do? And what did the others want, think, feel and do?',
    ),
    long(
      'essence',
      '3. Bewust worden van de kern',
      '3. Awareness of essential aspects',
      'Wat is de kern? Wat betekent het verband tussen de antwoorden hierboven voor mij?',
      'What is at the heart of it? What does the link between the answers above mean for me?',
    ),
    long(
      'alternatives',
      '4. Alternatieven en een keuze',
      '4. Alternative methods of action',
      'Welke andere manieren van handelen zie ik? Wat zijn de voor- en nadelen? Wat kies ik?',
      'What else could I do? What are the pros and cons? What do I choose?',
    ),
    long(
      'trial',
      '5. Uitproberen',
      '5. Trial',
      'Wanneer en hoe probeer ik het uit? Waar let ik dan op?',
      'When and how will I try it? What will I look out for?',
    ),
  ],
};

/** Gibbs' reflective cycle. */
export const GIBBS: ReflectionTemplate = {
  id: 'gibbs',
  title: { nl: 'Reflectie met de cyclus van Gibbs', en: 'Reflection with Gibbs’ cycle' },
  fields: [
    long(
      'description',
      '1. Beschrijving',
      '1. Description',
      'Wat gebeurde er, wie waren erbij, waar en wanneer?',
      'What happened, who was there, where and when?',
      true,
    ),
    long(
      'feelings',
      '2. Gevoelens',
      '2. Feelings',
      'Wat dacht en voelde ik toen?',
      'What was I thinking and feeling?',
    ),
    long(
      'evaluation',
      '3. Evaluatie',
      '3. Evaluation',
      'Wat ging goed, wat ging minder goed?',
      'What was good and what was bad about it?',
    ),
    long(
      'analysis',
      '4. Analyse',
      '4. Analysis',
      'Hoe verklaar ik wat er gebeurde? Wat zeggen ervaring en kennis erover?',
      'How do I make sense of it? What do experience and knowledge say?',
    ),
    long(
      'conclusion',
      '5. Conclusie',
      '5. Conclusion',
      'Wat had ik nog meer kunnen doen?',
      'What else could I have done?',
    ),
    long(
      'actionPlan',
      '6. Actieplan',
      '6. Action plan',
      'Wat doe ik als dit weer gebeurt?',
      'What will I do if it arises again?',
    ),
  ],
};

/** STARR: the model most Dutch universities of applied sciences teach. */
export const STARR: ReflectionTemplate = {
  id: 'starr',
  title: { nl: 'Reflectie met STARR', en: 'Reflection with STARR' },
  fields: [
    long(
      'situation',
      'Situatie',
      'Situation',
      'Wat was de situatie? Wie waren erbij, waar en wanneer?',
      'What was the situation? Who was there, where and when?',
      true,
    ),
    long(
      'task',
      'Taak',
      'Task',
      'Wat was mijn taak of rol? Wat werd er van mij verwacht?',
      'What was my task or role? What was expected of me?',
    ),
    long('action', 'Actie', 'Action', 'Wat deed ik, en hoe?', 'What did I do, and how?'),
    long(
      'result',
      'Resultaat',
      'Result',
      'Wat was het resultaat? Hoe reageerden anderen?',
      'What was the result? How did others react?',
    ),
    long(
      'reflection',
      'Reflectie',
      'Reflection',
      'Wat vind ik ervan? Wat doe ik een volgende keer anders of hetzelfde?',
      'What do I make of it? What would I do differently, or the same, next time?',
    ),
  ],
};

/** The built-in templates by name. */
export const REFLECTION_TEMPLATES: Record<string, ReflectionTemplate> = {
  alact: ALACT,
  gibbs: GIBBS,
  starr: STARR,
};

/**
 * The template to show: a built-in one by name (ALACT when the name is unknown), or a custom one; either
 * way ending with the learning question.
 */
export function resolveTemplate(
  template: string | ReflectionTemplate | undefined,
): ReflectionTemplate {
  const t =
    typeof template === 'object' && template && Array.isArray(template.fields)
      ? template
      : (REFLECTION_TEMPLATES[String(template ?? '').toLowerCase()] ?? ALACT);
  const fields = t.fields.filter((f) => f && f.id);
  const last = fields.find((f) => f.id === LEARNING_QUESTION);
  return {
    ...t,
    fields: [
      ...fields.filter((f) => f !== last),
      last ? { ...LEARNING_QUESTION_FIELD, ...last } : LEARNING_QUESTION_FIELD,
    ],
  };
}
