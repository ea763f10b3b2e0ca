-- Takes the next permit of one rate-limit lane if it is due within the caller's wait.
-- KEYS[1]  the lane: the time of its next free slot, in microseconds of the Redis server's clock
-- ARGV[1]  microseconds between permits (of the stricter of the per-second and per-minute limit)
-- ARGV[2]  the most microseconds the caller waits; -1 when it cannot wait at all
-- Returns the microseconds until the permit (0: now), or -1 when it is further off; then
-- nothing is taken, so a caller whose deadline comes first pushes no one back.
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local slot = math.max(now, tonumber(redis.call('GET', KEYS[1]) or '0'))
local wait = slot - now
if wait > tonumber(ARGV[2]) then
  return -1
end
local nextSlot = slot + tonumber(ARGV[1])
-- '%.0f': integers beyond 14 digits would otherwise be written with an exponent. The lane
-- forgets itself a second after its next slot: an idle app leaves nothing behind.
redis.call('SET', KEYS[1], string.format('%.0f', nextSlot),
  'PX', math.floor((nextSlot - now) / 1000) + 1000)
return wait
