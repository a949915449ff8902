import { useEffect, useState } from 'react';
import { Redirect, useLocation, useSearch } from 'wouter';
import { DisplayControls } from '@/features/preferences/components/display-controls';
import { KeyScreen } from '@/features/session/components/key-screen';
import { activeSession } from '@/features/session/model/workspace';
import { useWorkspace } from '@/features/session/model/use-workspace';
import { findSample } from '@/samples/sample-organizations';
import { paths, pathOf } from '../paths';
import { useConnect, useKeyScreenState } from '../navigation';
import { forgetTypedInput, typedInput } from '@/first-paint/takeover';

/** What the key screen says after a link to a sample that does not exist. */
export function unknownSampleNotice(sampleId: string) {
  const id = sampleId.length > 40 ? `${sampleId.slice(0, 40)}…` : sampleId;
  return {
    title: 'No such sample organization',
    message: `The link asked for the sample "${id}", which this app does not have. Try the sample data below, or connect with an API key.`,
  };
}

/**
 * The first screen: paste a key and connect (or try the samples). With organizations
 * already connected it leads to them; `?sample=<id>` (a link for demos and measurements)
 * leads to that sample's page.
 */
export function KeyScreenRoute() {
  const workspace = useWorkspace();
  const state = useKeyScreenState();
  const sampleId = new URLSearchParams(useSearch()).get('sample');
  const connect = useConnect();
  if (sampleId !== null) {
    return findSample(sampleId) ? (
      <Redirect to={paths.sample(sampleId)} replace />
    ) : (
      <Redirect to={paths.keyScreen} replace state={{ notice: unknownSampleNotice(sampleId) }} />
    );
  }
  if (workspace) return <Redirect to={pathOf(activeSession(workspace))} replace />;
  return <TypedKeyScreen onConnect={connect} notice={state.notice} initialBaseUrl={state.baseUrl} />;
}

/** The first key screen after the app took the page over starts from what was typed into it. */
function TypedKeyScreen(props: Pick<Parameters<typeof KeyScreen>[0], 'onConnect' | 'notice' | 'initialBaseUrl'>) {
  const [typed] = useState(typedInput);
  useEffect(forgetTypedInput, []);
  return <KeyScreen {...props} typed={typed} settings={<DisplayControls />} />;
}

/** The key screen again, to connect one more organization; Back to the dashboard leaves it. */
export function AddKeyRoute() {
  const workspace = useWorkspace();
  const state = useKeyScreenState();
  const [, navigate] = useLocation();
  const connect = useConnect();
  // A rejected last key lands on the plain key screen instead.
  if (!workspace) return <Redirect to={paths.keyScreen} replace state={state} />;
  return (
    <KeyScreen
      onConnect={connect}
      notice={state.notice}
      initialBaseUrl={state.baseUrl}
      onCancel={() => navigate(pathOf(activeSession(workspace)))}
      settings={<DisplayControls />}
    />
  );
}
