import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { OrganizationSnapshot } from '@/api/get-organization';
import { customAllowanceKey, useCustomAllowance } from '@/features/organization/model/custom-allowance';
import { useDisplayTimeZone } from '@/features/preferences/model/preferences';
import type { Session } from '@/features/session/model/session';
import { buildShareFacts, type ShareFacts } from './model/share-facts';
import type { ShareState } from './share-context';
import { useShareActions, type ShareActions } from './use-share-actions';

/**
 * The dashboard's sharing state: the "Hide identifiers" choice, the capture time shown in
 * export footers, the facts every export is made from, and the actions.
 */
export function useDashboardShare(snapshot: OrganizationSnapshot | undefined, session: Session) {
  const [hideIdentifiers, setHideIdentifiers] = useState(false);
  const [capturedAt, setCapturedAt] = useState(() => new Date());
  const org = snapshot?.organization ?? null;
  const [customAllowance] = useCustomAllowance(org ? customAllowanceKey(org) : '');
  const [timeZone] = useDisplayTimeZone();

  const factsAt = (at: Date) =>
    buildShareFacts({
      // Only called once there is an organization (the share controls exist only then).
      org: org!,
      sample: snapshot?.sample ?? false,
      apiBaseUrl: session.kind === 'api' ? session.baseUrl : '',
      capturedAt: at,
      customAllowance,
      hideIdentifiers,
      timeZone,
    });

  const { actions, feedback } = useShareActions({
    factsAt,
    organizationId: org?.organizationId ?? null,
    hideIdentifiers,
    setCapturedAt,
  });

  // Ctrl+P prints without the Print button: stamp the time before the page is laid out.
  useEffect(() => {
    const onBeforePrint = () => flushSync(() => setCapturedAt(new Date()));
    window.addEventListener('beforeprint', onBeforePrint);
    return () => window.removeEventListener('beforeprint', onBeforePrint);
  }, []);

  const state: ShareState | null = org ? shareState(() => factsAt(capturedAt), hideIdentifiers, actions) : null;
  return { state, hideIdentifiers, setHideIdentifiers, feedback };
}

/** Sharing is an extra: if its facts cannot be built, the dashboard stays and sharing is hidden. */
function shareState(facts: () => ShareFacts, hideIdentifiers: boolean, actions: ShareActions): ShareState | null {
  try {
    return { facts: facts(), hideIdentifiers, actions };
  } catch (error) {
    console.error('Sharing is unavailable:', error instanceof Error ? error.message : error);
    return null;
  }
}
