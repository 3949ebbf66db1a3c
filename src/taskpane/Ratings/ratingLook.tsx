import * as React from "react";
import {
  CheckmarkCircleFilled,
  CheckmarkStarburstFilled,
  ErrorCircleFilled,
  QuestionCircleRegular,
  WarningFilled,
} from "@fluentui/react-icons";
import type { Rating } from "../../core/schema";

/** Each rating's icon: a different shape per rating, so the word and the shape carry it, not colour. */
export const RATING_ICON: Readonly<Record<Rating, React.FC<{ className?: string }>>> = {
  red: ErrorCircleFilled,
  amber: WarningFilled,
  green: CheckmarkCircleFilled,
  complete: CheckmarkStarburstFilled,
  "not-rated": QuestionCircleRegular,
};
