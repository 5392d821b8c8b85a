// Any bytes as one message of a task's ComfyUI websocket: parseProgressMessage.
// Properties: a progress event counts 0 ≤ value ≤ max with max > 0; anything else carries no counts.
#include "fuzzcheck.h"
#include "task/progresssocket.h"

using namespace rh;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ProgressEvent event = parseProgressMessage(fuzz::bytes(data, size));
    if (event.kind == ProgressEvent::Kind::Progress) {
        FUZZ_CHECK(event.max > 0 && event.value >= 0 && event.value <= event.max);
    } else {
        FUZZ_CHECK(event.value == 0 && event.max == 0);
        if (event.kind == ProgressEvent::Kind::Ignored)
            FUZZ_CHECK(event.node.isEmpty());
    }
    return 0;
}
