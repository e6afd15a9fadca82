import { operationOf, type GraphRequestSpec } from "../graph-operation";
import { curlSnippet } from "./curl-snippet";
import { httpSnippet } from "./http-snippet";
import { javascriptSnippet } from "./javascript-snippet";
import { powershellSnippet } from "./powershell-snippet";

export type SnippetLanguage = "http" | "curl" | "powershell" | "javascript";

export interface Snippet {
  language: SnippetLanguage;
  label: string;
  text: string;
}

const generators: { language: SnippetLanguage; label: string; write: (spec: GraphRequestSpec) => string }[] = [
  { language: "http", label: "HTTP", write: httpSnippet },
  { language: "curl", label: "curl", write: curlSnippet },
  { language: "powershell", label: "PowerShell", write: powershellSnippet },
  { language: "javascript", label: "JavaScript", write: javascriptSnippet },
];

/** Every language's snippet for one request, each headed by the least-privileged permission it needs. */
export function snippetsFor(spec: GraphRequestSpec): Snippet[] {
  const permission = operationOf(spec)?.permission;
  return generators.map(({ language, label, write }) => {
    const comment = language === "http" || language === "javascript" ? "//" : "#";
    const head = permission ? `${comment} Permission: ${permission}\n` : "";
    return { language, label, text: `${head}${write(spec)}` };
  });
}
