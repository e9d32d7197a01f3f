-- wrk script: a burst of registrations on the public form of one event (issue 7, "Measured").
--
-- Every request posts a registration with a new e-mail address (thread number and counter), until
-- BENCH_REGISTRATIONS (500) have been posted by all threads together; later requests fetch a small
-- static file, so that wrk's duration does not add registrations. The form needs a session and its
-- CSRF token, as a browser has: fetch the event page once with curl, then pass the cookie with -H and
-- the token in BENCH_CSRF. The application must allow that many posts from one address:
-- --maillage.agenda.registrations-per-minute=100000 (the brake is per IP and wrk has only one).
--
--   curl -s -c jar http://127.0.0.1:8080/evenements/42-journee > page.html
--   BENCH_EVENT=42 BENCH_THREADS=2 BENCH_CSRF=$(grep -o 'name="_csrf" value="[^"]*"' page.html | head -1 | cut -d'"' -f4) \
--   wrk -t2 -c20 -d60s -s bench/wrk/registration-burst.lua \
--       -H "Cookie: JSESSIONID=$(awk '/JSESSIONID/ {print $7}' jar)" http://127.0.0.1:8080
--
-- Afterwards the event's page in the workspace shows the confirmed, waiting and cancelled counts,
-- and /admin (outbox) the e-mails queued. bench/src/.../RegistrationBurstCommand.java does all of
-- this in one command, with the checks.

local event = os.getenv("BENCH_EVENT")
local csrf = os.getenv("BENCH_CSRF")
local total = tonumber(os.getenv("BENCH_REGISTRATIONS") or "500")
-- must equal wrk's -t: each thread posts its share of the total
local nthreads = tonumber(os.getenv("BENCH_THREADS") or "2")
local started = 0

setup = function(thread)
  started = started + 1
  local share = math.floor(total / nthreads)
  if started == 1 then
    share = share + total % nthreads
  end
  thread:set("id", started)
  thread:set("quota", share)
end

init = function(args)
  posted = 0
end

local function encode(value)
  return (value:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

request = function()
  if posted >= quota then
    return wrk.format("GET", "/favicon.ico")
  end
  posted = posted + 1
  local n = id .. "-" .. posted
  local body = "fullName=" .. encode("Participant " .. n) .. "&email=" .. encode("burst." .. n .. "@exemple.fr")
      .. "&organisation=" .. encode("Structure " .. (posted % 40)) .. "&publicKind=PROFESSIONNELS&consent=true"
      .. "&website=&_csrf=" .. encode(csrf)
  return wrk.format("POST", "/evenements/" .. event .. "/inscription",
      {["Content-Type"] = "application/x-www-form-urlencoded"}, body)
end
