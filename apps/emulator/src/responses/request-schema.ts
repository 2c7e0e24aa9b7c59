import { z } from 'zod';
import { ApiError, invalidRequest } from '../api-error.js';
import { memoryLimits } from '../containers/container-registry.js';

const contentPartSchema = z.looseObject({ type: z.string(), text: z.string().optional() });
const inputItemSchema = z.looseObject({
  type: z.string().optional(),
  role: z.string().optional(),
  content: z.union([z.string(), z.array(contentPartSchema)]).optional(),
});

const codeInterpreterToolSchema = z.object({
  type: z.literal('code_interpreter'),
  container: z.union([
    z.string().regex(/^cntr_/, 'must be a container id (cntr_...) or {"type":"auto"}'),
    z.object({
      type: z.literal('auto'),
      file_ids: z.array(z.string().min(1)).max(50).optional(),
      memory_limit: z.enum(Object.keys(memoryLimits) as [keyof typeof memoryLimits]).nullish(),
    }),
  ]),
});
export type CodeInterpreterTool = z.infer<typeof codeInterpreterToolSchema>;

export const createResponseSchema = z.looseObject({
  model: z.string().min(1),
  input: z.union([z.string(), z.array(inputItemSchema)]),
  instructions: z.string().nullish(),
  previous_response_id: z.string().nullish(),
  stream: z.boolean().nullish(),
  store: z.boolean().nullish(),
  include: z.array(z.string()).nullish(),
  tools: z.array(z.looseObject({ type: z.string() })).nullish(),
  tool_choice: z.unknown().optional(),
  metadata: z.record(z.string().max(64), z.string().max(512)).nullish(),
  temperature: z.number().nullish(),
  top_p: z.number().nullish(),
  parallel_tool_calls: z.boolean().nullish(),
  max_output_tokens: z.number().int().nullish(),
});
export type CreateResponseRequest = z.infer<typeof createResponseSchema>;

export interface ParsedResponseRequest {
  body: CreateResponseRequest;
  codeInterpreter: CodeInterpreterTool | undefined;
  userText: string;
  includeOutputs: boolean;
}

export function parseCreateResponse(raw: unknown): ParsedResponseRequest {
  const parsed = createResponseSchema.safeParse(raw);
  if (!parsed.success) throw invalidRequest(parsed.error);
  const body = parsed.data;
  let codeInterpreter: CodeInterpreterTool | undefined;
  for (const [index, tool] of (body.tools ?? []).entries()) {
    if (tool.type !== 'code_interpreter') continue;
    const toolParse = codeInterpreterToolSchema.safeParse(tool);
    if (!toolParse.success) throw invalidRequest(toolParse.error, `tools[${index}]`);
    codeInterpreter = toolParse.data;
  }
  return { body, codeInterpreter, userText: lastUserText(body.input), includeOutputs: body.include?.includes('code_interpreter_call.outputs') ?? false };
}

function lastUserText(input: CreateResponseRequest['input']): string {
  if (typeof input === 'string') return input;
  const user = input.filter((item) => (item.role ?? 'user') === 'user' && item.content !== undefined).at(-1);
  if (!user?.content) throw new ApiError(400, "Invalid 'input': no user message with text.", 'invalid_request_error', 'input', 'invalid_value');
  if (typeof user.content === 'string') return user.content;
  return user.content
    .filter((part) => part.type === 'input_text' || part.type === 'text')
    .map((part) => part.text ?? '')
    .join('\n');
}
