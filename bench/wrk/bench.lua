-- wrk script of the Maillage benchmark harness.
--
-- Without BENCH_PATHS, wrk requests the URL given on its command line, with the headers given by -H
-- (the session cookie or the API token), as fast as its connections allow. With BENCH_PATHS naming a
-- file of paths (one per line), each request takes the next path of the list, so that a search is
-- measured over several queries. When the run is over, done() prints the figures as one JSON line
-- prefixed with "BENCH_JSON ", which the harness reads.

local paths_file = os.getenv("BENCH_PATHS")

if paths_file and paths_file ~= "" then
  local paths = {}
  for line in io.lines(paths_file) do
    if line ~= "" then
      paths[#paths + 1] = line
    end
  end
  local threads = 0
  local counter = 0

  setup = function(thread)
    -- each thread starts at another point of the list
    thread:set("offset", threads * 7)
    threads = threads + 1
  end

  init = function(args)
    counter = offset or 0
  end

  request = function()
    counter = counter % #paths + 1
    return wrk.format(nil, paths[counter])
  end
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests":%.0f,"duration_us":%.0f,"bytes":%.0f,"p50_us":%.0f,"p95_us":%.0f,"p99_us":%.0f,'
      .. '"mean_us":%.1f,"max_us":%.0f,"stdev_us":%.1f,'
      .. '"errors":{"connect":%.0f,"read":%.0f,"write":%.0f,"timeout":%.0f,"status":%.0f}}\n',
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    latency.mean, latency.max, latency.stdev,
    e.connect, e.read, e.write, e.timeout, e.status))
end
