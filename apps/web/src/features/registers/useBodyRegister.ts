import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Endpoint, EndpointInput, EndpointResponse } from '@anteckna/contract';
import { useApiResource, type ApiResource } from '../../app/useApiResource.ts';
import { useMe } from '../auth/SessionContext.tsx';

/** The registers a body keeps; each names its texts under `registers.<name>`. */
export type RegisterName = 'decisions' | 'tasks' | 'roles';

export interface BodyRegister<T> extends ApiResource<T> {
  /** The body as the person's membership names it ('' while it is not one of theirs). */
  bodyName: string;
  /** Only the body's secretary corrects what a register shows. */
  isSecretary: boolean;
}

/**
 * What every register page of a body starts from: the register loaded, the person's membership
 * of the body, and the browser tab titled with the register and the body.
 */
export function useBodyRegister<E extends Endpoint>(
  register: RegisterName,
  bodyId: string,
  endpoint: E,
  input: EndpointInput<E>,
): BodyRegister<EndpointResponse<E>> {
  const { t } = useTranslation();
  const membership = useMe().memberships.find((m) => m.bodyId === bodyId);
  const resource = useApiResource(endpoint, input);
  const bodyName = membership?.bodyName ?? '';
  useEffect(() => {
    document.title = `${t(`registers.${register}.heading`)} ${bodyName} – ${t('app.name')}`;
  }, [register, bodyName, t]);
  return { ...resource, bodyName, isSecretary: membership?.role === 'secretary' };
}
