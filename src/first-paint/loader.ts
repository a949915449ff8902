import { recordEarlyPresses } from './early-presses';
import { isPrerenderedKeyScreen, keyScreenHidden } from './first-paint';

/** What the build writes on the loader's script element: the app's entry and its preloads. */
export interface LoaderConfig {
  entry: string;
  preloads: string[];
}

export function readLoaderConfig(script: HTMLElement): LoaderConfig {
  const { entry = '', preloads = '' } = script.dataset;
  return { entry, preloads: preloads.split(' ').filter(Boolean) };
}

function appendModule(doc: Document, src: string): void {
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = src;
  doc.head.append(script);
}

/**
 * Brings the app once the prerendered page is on screen: fetched in parallel it would compete
 * with the first paint for the network, which is all a slow phone has. "On screen" is the first
 * largest-contentful-paint entry after parsing (reported once the paint is presented); at most
 * 100 ms is spent waiting for one, as none comes when the largest element was already painted
 * or the browser does not report it. A hidden tab paints nothing, so there it loads at once;
 * so it does where first-paint.ts hid the prerendered key screen (another view is coming, and
 * nothing of this page will be painted). Where the key screen shows, its presses are kept until
 * the app is here.
 */
export function loadAppAfterFirstPaint(config: LoaderConfig, doc: Document = document): void {
  let done = false;
  let seen: PerformanceObserver | undefined;
  const load = () => {
    if (done) return;
    done = true;
    seen?.disconnect();
    for (const href of config.preloads) {
      const link = doc.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      doc.head.append(link);
    }
    appendModule(doc, config.entry);
  };
  const root = doc.getElementById('root');
  const keyScreen = root !== null && isPrerenderedKeyScreen(root);
  if (keyScreen && keyScreenHidden(doc)) return load();
  if (keyScreen) recordEarlyPresses(root);
  if (doc.hidden) return load();
  const parsed = performance.now();
  try {
    seen = new PerformanceObserver((list) => {
      if (list.getEntries().some((entry) => entry.startTime >= parsed)) setTimeout(load);
    });
    seen.observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {
    // No such entry type here: the timeout below loads the app.
  }
  setTimeout(load, 100);
}
