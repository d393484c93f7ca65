-- wrk's side of bench/writes.sh: each request posts a comment as one delegate on that delegate's procedure, taken in
-- turn from the file given after "--" (lines "path token", written by WritesLoad with -Dtargets=FILE). When wrk ends,
-- prints one line like WritesLoad's: accepted writes per second (answers 201), other answers, p50/p99/max latency,
-- starting with the label in the environment's WRK_LABEL ("plenary" unless set; "stack" for bench/stack; done() runs in
-- wrk's main Lua state, which sees no script arguments).
local targets = {}
local next_target = 0
local label = os.getenv("WRK_LABEL") or "plenary"

function init(args)
  for line in io.lines(args[1]) do
    local path, token = line:match("^(%S+) (%S+)$")
    targets[#targets + 1] = { path = path, token = token }
  end
  next_target = math.random(#targets)
end

function request()
  next_target = next_target % #targets + 1
  local t = targets[next_target]
  return wrk.format("POST", t.path, { ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. t.token }, '{"text":"Comment"}')
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local refused = summary.errors.status
  local failed = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("%s: %.0f writes/s accepted (%d in %.1f s), %d other answers, %d socket errors, "
    .. "latency p50 %.0f ms, p99 %.0f ms, max %.0f ms\n", label, (summary.requests - refused) / seconds,
    summary.requests - refused, seconds, refused, failed, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
