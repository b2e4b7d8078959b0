/** @rnswd/reflection-form: `<rnswd-reflection-form>` (import `@rnswd/reflection-form/define.js` to define the tag). */
export { RnswdReflectionForm } from './reflection-form.js';
export { ReflectionSavedEvent } from './events.js';
export type { Reflection, ReflectionSavedDetail } from './events.js';
export { REFLECTION_FORM_MESSAGES } from './messages.js';
export {
  ALACT,
  GIBBS,
  STARR,
  LEARNING_QUESTION,
  LEARNING_QUESTION_FIELD,
  REFLECTION_TEMPLATES,
  resolveTemplate,
} from './templates.js';
export { findPersonalData, isBsn, personalDataKinds } from './privacy-check.js';
export type { PersonalDataKind, PersonalDataMatch } from './privacy-check.js';
export { reflectionsCsv, reflectionsJson } from './export.js';
export type {
  Answer,
  FieldType,
  ReflectionBody,
  ReflectionDraft,
  ReflectionRole,
  ReflectionTemplate,
  Sharing,
  TemplateField,
} from './reflection-form.types.js';
