// A template's instruction to whoever fills it in, left in brackets: "[check with LA]", "[Client to confirm period]",
// "[Schools to add any other categories processed, e.g. CCTV, biometrics]", "[Insert a short description of how the school
// keeps information secure]". The residue check reports it; no content check reads it as the notice's statement.

/** The bracketed instruction, as a phrase source (case-insensitive). */
export const TEMPLATE_INSTRUCTION_SOURCE =
  '\\[\\s*(?:(?:client|customer|schools?|academy|academies|trusts?|settings?|author|editor)(?:\\s+(?:to|should|must|may)\\s+|\\s*:\\s*)|note(?:\\s+to\\s+\\w+)?\\s*:\\s*)?(?:check|describe|confirm|complete|update|amend|add|insert|include|delete|remove|enter|explain|give|state|specify|list|fill in|select|choose|edit|tbc|tbd|to be (?:confirmed|added|agreed))\\b[^\\]\\n]{0,160}\\]';

const WHOLE_INSTRUCTION = new RegExp(`^\\s*${TEMPLATE_INSTRUCTION_SOURCE}\\s*[.;]?\\s*$`, 'i');

/** A sentence or block that is nothing but such an instruction. */
export const isTemplateInstruction = (text: string): boolean => WHOLE_INSTRUCTION.test(text);
