import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What failed, in words: "The credit gauge". */
  name: string;
  children: ReactNode;
  /** Changing this (e.g. new data) clears the error and tries again. */
  resetKey?: unknown;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

/** Keeps one widget's rendering bug inside that widget: the rest of the dashboard stays usable. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`${this.props.name} failed to render: ${error.message}`, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="rounded-xl border border-line bg-surface p-5 text-sm">
        <p className="font-semibold">{this.props.name} could not be shown.</p>
        <p className="mt-1 text-ink-muted">The rest of the dashboard is unaffected. Refreshing may help.</p>
        <button type="button" className="mt-3 text-accent underline" onClick={() => this.setState({ error: null })}>
          Try to show it again
        </button>
      </div>
    );
  }
}
