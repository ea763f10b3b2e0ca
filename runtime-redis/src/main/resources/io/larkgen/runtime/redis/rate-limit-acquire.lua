-- Takes the next permit of one rate-limit lane if it is due within the caller's wait.
-- KEYS[1]  the lane: a hash with the next free slot of the per-second spacing (s) and of the
--          per-minute spacing (m), in microseconds of the Redis server's clock
-- ARGV[1]  microseconds between permits of the per-second limit (0: none documented)
-- ARGV[2]  microseconds between permits of the per-minute limit (0: none documented)
-- ARGV[3]  the most microseconds the caller waits; -1 when it cannot wait at all
-- Returns the microseconds until the permit (0: now), or -1 when it is further off; then
-- nothing is taken, so a caller whose deadline comes first pushes no one back.
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local s = tonumber(redis.call('HGET', KEYS[1], 's') or '0')
local m = tonumber(redis.call('HGET', KEYS[1], 'm') or '0')
local slot = math.max(now, s, m)
local wait = slot - now
if wait > tonumber(ARGV[3]) then
  return -1
end
local perSecond = tonumber(ARGV[1])
local perMinute = tonumber(ARGV[2])
if perSecond > 0 then
  s = slot + perSecond
end
if perMinute > 0 then
  m = slot + perMinute
end
-- Integers beyond 14 digits would otherwise be formatted with an exponent.
redis.call('HSET', KEYS[1], 's', string.format('%.0f', s), 'm', string.format('%.0f', m))
-- The lane forgets itself a second after its last slot: an idle app leaves nothing behind.
redis.call('PEXPIRE', KEYS[1], math.floor((math.max(s, m) - now) / 1000) + 1000)
return wait
