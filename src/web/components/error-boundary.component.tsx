/**
 * Catches a render error (or a screen chunk that failed to load) so one broken screen does not
 * blank the whole app; the header and navigation stay usable.
 */
import { Component, type ReactNode } from 'react';
import { ProblemMessage } from './problem-message.component.tsx';

interface Props {
  children: ReactNode;
}

interface State {
  error: unknown;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override render() {
    if (this.state.error !== null) {
      return (
        <ProblemMessage error={this.state.error} onRetry={() => this.setState({ error: null })} />
      );
    }
    return this.props.children;
  }
}
