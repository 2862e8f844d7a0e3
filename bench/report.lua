-- Behaves like a browser with the signed-in session: when the portal refreshes the session cookie (it checks the
-- account again every minute and sends a new cookie), later requests of this thread carry the new one. A static
-- cookie would make the portal check the account and re-issue the cookie on every request after the first minute.
request = function()
  return wrk.format()
end

response = function(status, headers, body)
  local set = headers["Set-Cookie"]
  -- The session cookie is portal.auth, or __Host-portal.auth outside Development.
  local value = set ~= nil and string.match(set, "^[_%w%-]*portal%.auth=([^;]*)") or nil
  if value ~= nil then
    wrk.headers["Cookie"] = string.gsub(wrk.headers["Cookie"], "portal%.auth=[^;]*", "portal.auth=" .. value, 1)
  end
end

-- Prints the figures the benchmark records, in one line: requests per second and latency percentiles (ms).
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT rps=%.0f p50=%.2f p95=%.2f p99=%.2f errors=%d non2xx=%d requests=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status, summary.requests))
end
