// Never a blank screen: a rendering error anywhere below shows a Chinese message and a way back.
import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

interface Props {
  children: React.ReactNode;
  /** called by 重新开始 before the boundary renders its children again */
  onReset?: () => void;
}

export class ErrorBoundary extends React.Component<Props, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  private reset = () => {
    this.props.onReset?.();
    this.setState({ error: undefined });
  };

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>页面出错了</MessageBarTitle>
          {error.message || String(error)}。请重新选择文件再试；如果仍然出错，请刷新页面。(Something went wrong.)
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={this.reset}>重新开始</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
