import * as React from "react";
import { ErrorCircleRegular, InfoRegular, WarningRegular } from "@fluentui/react-icons";
import type { Severity } from "../../core/schema";

/** Each severity's word and icon: the icon's shape differs, so colour is never the only signal. */
export const SEVERITY_LOOK: Readonly<
  Record<
    Severity,
    { readonly one: string; readonly many: string; readonly Icon: React.FC<{ className?: string }> }
  >
> = {
  error: { one: "error", many: "errors", Icon: ErrorCircleRegular },
  warning: { one: "warning", many: "warnings", Icon: WarningRegular },
  info: { one: "tip", many: "tips", Icon: InfoRegular },
};

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
