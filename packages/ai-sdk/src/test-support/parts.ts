/** Hand-made UI parts in each state, shaped like the ones `@ai-sdk/openai` 3 produces (see recordings.test.ts for real ones). */
export const containerId = 'cntr_demo';

export const chartCode = "import matplotlib.pyplot as plt\nplt.plot([1, 2, 3], [1, 4, 9])\nplt.savefig('/mnt/data/squares.png')\nprint('saved')\n";

export function streamingPart(code = chartCode.slice(0, 40)) {
  return { type: 'tool-code_interpreter', toolCallId: 'ci_1', state: 'input-streaming', providerExecuted: true, input: { containerId, code } } as const;
}

export function interpretingPart() {
  return { type: 'tool-code_interpreter', toolCallId: 'ci_1', state: 'input-available', providerExecuted: true, input: { containerId, code: chartCode } } as const;
}

export function completedPart(imageUrl: string) {
  return {
    type: 'tool-code_interpreter',
    toolCallId: 'ci_1',
    state: 'output-available',
    providerExecuted: true,
    input: { containerId, code: chartCode },
    output: { outputs: [{ type: 'image', url: imageUrl }, { type: 'logs', logs: 'saved\n' }] },
  } as const;
}

export function failedPart() {
  return {
    type: 'tool-code_interpreter',
    toolCallId: 'ci_1',
    state: 'output-error',
    providerExecuted: true,
    input: { containerId, code: "import pandas as pd\npd.read_csv('/mnt/data/missing.csv')\n" },
    errorText: 'Container is expired.',
  } as const;
}

export function citationPart(filename: string, fileId: string) {
  return {
    type: 'source-document',
    sourceId: `src_${fileId}`,
    mediaType: 'text/plain',
    title: filename,
    filename,
    providerMetadata: { openai: { type: 'container_file_citation', fileId, containerId } },
  } as const;
}
