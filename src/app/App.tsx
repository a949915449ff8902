import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { errorSentences, type ErrorView } from '@/features/organization/api/describe-error';
import { Dashboard } from '@/features/organization/components/Dashboard';
import { preloadCharts } from '@/features/organization/components/lazy-charts';
import { clearCustomAllowances } from '@/features/organization/model/custom-allowance';
import { KeyScreen } from '@/features/session/components/KeyScreen';
import { sessionStore, useSession, type Session } from '@/features/session/model/session';

interface KeyScreenState {
  notice: { title: string; message: string } | null;
  baseUrl?: string;
}

/** The key screen until there is a session, then the dashboard for it. */
export function App() {
  // The chart code starts loading with the app (on the key screen, or beside the request
  // when a reload restores a session), so it never waits behind the organization.
  useEffect(() => preloadCharts(), []);
  const session = useSession();
  const queryClient = useQueryClient();
  const [keyScreen, setKeyScreen] = useState<KeyScreenState>({ notice: null });

  const connect = useCallback((next: Session) => {
    setKeyScreen({ notice: null });
    sessionStore.set(next);
  }, []);

  const signOut = useCallback(() => {
    const current = sessionStore.get();
    sessionStore.set(null);
    clearCustomAllowances();
    queryClient.clear();
    // The API base URL is not a secret: keep it for the next key, so a custom one is not retyped.
    setKeyScreen({ notice: null, ...(current?.kind === 'api' ? { baseUrl: current.baseUrl } : {}) });
  }, [queryClient]);

  const keyRejected = useCallback(
    (view: ErrorView) => {
      const current = sessionStore.get();
      sessionStore.set(null);
      queryClient.clear();
      setKeyScreen({
        notice: { title: view.title, message: errorSentences(view) },
        ...(current?.kind === 'api' ? { baseUrl: current.baseUrl } : {}),
      });
    },
    [queryClient],
  );

  if (!session) {
    return <KeyScreen onConnect={connect} notice={keyScreen.notice} initialBaseUrl={keyScreen.baseUrl} />;
  }
  return (
    <Dashboard
      session={session}
      onSignOut={signOut}
      onKeyRejected={keyRejected}
      onSelectSample={(sampleId) => connect({ kind: 'sample', sampleId })}
    />
  );
}
