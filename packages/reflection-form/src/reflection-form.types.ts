import type { Text } from '@rnswd/core';

/** The kinds of field a template can have. */
export type FieldType = 'short' | 'long' | 'choice' | 'scale';

/** One field of a reflection template. */
export interface TemplateField {
  /** Key of the answer in the record's `answers` (the learning question: `learningQuestion`). */
  id: string;
  label: Text;
  help?: Text;
  /** `short`: one line of text; `long`: a text area; `choice`: one of `options`; `scale`: `min`..`max`. */
  type: FieldType;
  required?: boolean;
  /** Maximum number of characters (text fields); a counter shows how many are left. */
  maxLength?: number;
  /** The options of a `choice` field: a value with its label (or a text that is both). */
  options?: Array<{ value: string; label: Text } | string>;
  /** Lowest value of a `scale` (default 1). */
  min?: number;
  /** Highest value of a `scale` (default 5). */
  max?: number;
  /** What the lowest value of a scale means, e.g. `{ nl: 'helemaal niet', en: 'not at all' }`. */
  minLabel?: Text;
  /** What the highest value of a scale means. */
  maxLabel?: Text;
}

/**
 * A reflection template. Built in: `alact`, `gibbs`, `starr`. A custom template is given through the
 * `template` property; the learning question is added as its last field when it has none.
 */
export interface ReflectionTemplate {
  /** Goes into every record as `template`. */
  id: string;
  /** Shown as the legend of the template's fields. */
  title?: Text;
  fields: TemplateField[];
}

/** Who may read a reflection: never sent, the writer's working group, or the whole network. */
export type Sharing = 'private' | 'working-group' | 'network';

/** The writer's role in the network. */
export type ReflectionRole =
  'professional' | 'volunteer' | 'citizen-client' | 'researcher-student' | 'policy-maker';

/** An answer: text, or the number of a scale. */
export type Answer = string | number;

/** The body of a `reflection` record (the envelope is added by `createRecord`). */
export interface ReflectionBody {
  template: string;
  sharing: Sharing;
  /** Field id -> answer, for every answered field of the template except the learning question. */
  answers: Record<string, Answer>;
  learningQuestion: string;
  themeId?: string;
  workingGroupId?: string;
  role?: ReflectionRole;
  /** The date of the situation, `YYYY-MM-DD`. */
  situationDate?: string;
  name?: string;
}

/** What the form holds while it is being filled in (and what a draft keeps). */
export interface ReflectionDraft {
  /** Field id -> value of the template's fields. */
  values: Record<string, string>;
  /** The context fields by the body's keys (`themeId`, `workingGroupId`, `role`, `situationDate`, `name`). */
  context: Record<string, string>;
  sharing: Sharing;
  acknowledged: boolean;
  /** When the draft was last written (ms since the epoch). */
  at: number;
}
