-- Takes the next permit of one rate-limit lane if it is due within the caller's wait, under the
-- rule of every Larkgen limiter (io.larkgen.runtime.ratelimit.WindowRule): a grant is due no
-- earlier than one window after the latest time the grant a window's permits back can have
-- arrived at Feishu (its grant plus a guard), so no window of Feishu's, wherever its boundaries
-- lie, receives more than its documented number of requests.
-- KEYS[1]  the lane's per-second log, KEYS[2] its per-minute log: lists of "grant bound", in
--          microseconds of the Redis server's clock, oldest first, at most a window's permits
-- KEYS[3]  the lane's pause: the time before which no permit is due (see rate-limit-pause.lua)
-- ARGV[1], ARGV[2]  permits per second, per minute (0: that window is not limited)
-- ARGV[3], ARGV[4]  the caller's current guard of each window, in microseconds
-- ARGV[5]  the most microseconds the caller waits; -1 when it cannot wait at all
-- Returns the microseconds until the permit (0: now), or -1 when it is further off; then nothing
-- is taken, so a caller whose deadline comes first pushes no one back.
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local windows = {1000000, 60000000}

local function entry(key, index)
  local e = redis.call('LINDEX', key, index)
  if not e then
    return nil, nil
  end
  local space = string.find(e, ' ', 1, true)
  return tonumber(string.sub(e, 1, space - 1)), tonumber(string.sub(e, space + 1))
end

local slot = math.max(now, tonumber(redis.call('GET', KEYS[3]) or '0'))
-- The bound of each log's newest grant, read once: the new grant's bound never falls below it.
local latest = {}
for i = 1, 2 do
  local permits = tonumber(ARGV[i])
  if permits > 0 then
    -- Grants stay in order: a caller never gets a slot before one already handed out.
    local last
    last, latest[i] = entry(KEYS[i], -1)
    if last and last > slot then
      slot = last
    end
    if redis.call('LLEN', KEYS[i]) >= permits then
      local grant, bound = entry(KEYS[i], 0)
      -- The later of the bound it got and the one the current guard gives.
      slot = math.max(slot, math.max(grant + tonumber(ARGV[i + 2]), bound) + windows[i])
    end
  end
end

local wait = slot - now
if wait > tonumber(ARGV[5]) then
  return -1
end
for i = 1, 2 do
  local permits = tonumber(ARGV[i])
  if permits > 0 then
    -- Bounds never decrease, so the oldest entry also has the lowest even when a guard shrinks.
    local bound = slot + tonumber(ARGV[i + 2])
    if latest[i] and latest[i] > bound then
      bound = latest[i]
    end
    -- '%.0f': integers beyond 14 digits would otherwise be written with an exponent.
    redis.call('RPUSH', KEYS[i], string.format('%.0f %.0f', slot, bound))
    redis.call('LTRIM', KEYS[i], -permits, -1)
    -- The log forgets itself a second after its entries stop mattering: an idle app leaves
    -- nothing behind.
    redis.call('PEXPIRE', KEYS[i], math.floor((bound + windows[i] - now) / 1000) + 1000)
  end
end
return wait
