// The partner selection event is shared by the widgets that select partners; it lives in core.
export { PartnerSelectEvent } from '@rnswd/core';
export type { PartnerSelectDetail } from '@rnswd/core';
