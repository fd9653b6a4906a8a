import {
  type CheckpointSaverTestInitializer,
  deltaChannelHistoryTests,
  validate,
} from '@langchain/langgraph-checkpoint-validation';
import { InMemoryJsonSerializer } from '../../../src/planner/in-memory-json-serde.js';
import { VersionedMemorySaver } from '../../../src/planner/versioned-memory-saver.js';

// LangGraph's own conformance suite for the embedded planner's saver and serializer, run through its
// programmatic API as for RedisCheckpointSaver (test/src/checkpoint). Not named MemorySaver, so
// the suite skips none of its tests; each checkpointer is a fresh one.
const initializer: CheckpointSaverTestInitializer<VersionedMemorySaver> = {
  checkpointerName: 'VersionedMemorySaver',
  createCheckpointer: () => new VersionedMemorySaver(new InMemoryJsonSerializer()),
};

validate(initializer);
deltaChannelHistoryTests(initializer);
