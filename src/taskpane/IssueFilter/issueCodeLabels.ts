/** Short names for issue codes, for the filter: declared with each code in the issue catalogue. */
export { ISSUE_CODE_LABEL } from "../../core/issues/catalogue";
