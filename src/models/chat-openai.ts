import {
  ChatOpenAI,
  ChatOpenAICompletions,
  type ChatOpenAIFields,
  type OpenAIClient,
  wrapOpenAIClientError,
} from '@langchain/openai';
import {
  type StructuredOutputAware,
  type StructuredOutputSetting,
  StructuredOutputSupport,
} from '../../agents/structured-output.js';

type CreateParams = OpenAIClient.Chat.ChatCompletionCreateParams;
type StreamingParams = OpenAIClient.Chat.ChatCompletionCreateParamsStreaming;
type NonStreamingParams = OpenAIClient.Chat.ChatCompletionCreateParamsNonStreaming;
type Completion = OpenAIClient.Chat.Completions.ChatCompletion;
type Chunk = OpenAIClient.Chat.Completions.ChatCompletionChunk;

/**
 * Chat Completions that return a json_schema answer as plain content. @langchain/openai sends such
 * requests through the SDK's `parse()`, which refuses non-strict tools before sending and throws on
 * content that is not JSON (and on malformed arguments of strict tools), so a model's mistake
 * would never reach the agent loop that hands it back for correction. Same request, same retries,
 * same error wrapping as the base class; only `create()` instead of `parse()`.
 */
class JsonContentCompletions extends ChatOpenAICompletions {
  override completionWithRetry(
    request: StreamingParams,
    options?: OpenAIClient.RequestOptions,
  ): Promise<AsyncIterable<Chunk>>;
  override completionWithRetry(
    request: NonStreamingParams,
    options?: OpenAIClient.RequestOptions,
  ): Promise<Completion>;
  override async completionWithRetry(
    request: CreateParams,
    requestOptions?: OpenAIClient.RequestOptions,
  ): Promise<AsyncIterable<Chunk> | Completion> {
    if (request.stream || request.response_format?.type !== 'json_schema') {
      return super.completionWithRetry(request as NonStreamingParams, requestOptions);
    }
    const { maxRetries, ...sdkOptions } = requestOptions ?? {};
    const clientOptions = this._getClientOptions(sdkOptions);
    return this.caller.callWithOptions({ maxRetries }, async () => {
      try {
        return await this.client.chat.completions.create(request, clientOptions);
      } catch (error) {
        throw wrapOpenAIClientError(error);
      }
    });
  }
}

export interface PlannerChatOpenAIFields extends ChatOpenAIFields {
  /**
   * How agents ask for their final answer: `json_schema` (a response format; the answer is JSON
   * content), `tool_call` (a submit tool), or `auto` (json_schema until the server refuses it, then
   * tool_call for this instance from then on). Default 'auto'.
   */
  structuredOutput?: StructuredOutputSetting;
}

/** ChatOpenAI as the planner uses it: json_schema answers reach the agent loop as content. */
export class PlannerChatOpenAI extends ChatOpenAI implements StructuredOutputAware {
  readonly structuredOutput: StructuredOutputSupport;

  constructor({ structuredOutput = 'auto', ...fields }: PlannerChatOpenAIFields) {
    super({ ...fields, completions: new JsonContentCompletions(fields) });
    this.structuredOutput = new StructuredOutputSupport(structuredOutput);
  }
}
