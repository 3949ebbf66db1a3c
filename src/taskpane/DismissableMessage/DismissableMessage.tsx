import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  type MessageBarIntent,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";

export interface DismissableMessageProps {
  readonly intent: MessageBarIntent;
  readonly title: string;
  readonly children: React.ReactNode;
  /** The dismiss button's accessible name: says which message it dismisses. */
  readonly dismissLabel: string;
  readonly onDismiss: () => void;
}

/** A message bar with a title and a dismiss button: a problem the user can read, then put away. */
export function DismissableMessage({
  intent,
  title,
  children,
  dismissLabel,
  onDismiss,
}: DismissableMessageProps): React.JSX.Element {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={dismissLabel}
            icon={<DismissRegular />}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
