import type { BodyDetail } from '@anteckna/contract';

/** What the body page hands each of its sections: the body as the server holds it now. */
export interface BodySectionProps {
  body: BodyDetail;
  canManage: boolean;
  /** Every write answers with the whole body; the page shows that. */
  onSaved(body: BodyDetail): void;
  /** Fetches the body again, keeping the page as it is until it comes: after a refused write. */
  reload(): void;
}
