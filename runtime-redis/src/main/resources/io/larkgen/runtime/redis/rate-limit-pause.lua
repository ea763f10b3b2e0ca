-- Holds back every permit of one rate-limit lane until a time from now (after a 429).
-- KEYS[1]  the lane (see rate-limit-acquire.lua)
-- ARGV[1]  microseconds from now
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local untilSlot = now + tonumber(ARGV[1])
local s = tonumber(redis.call('HGET', KEYS[1], 's') or '0')
if untilSlot > s then
  redis.call('HSET', KEYS[1], 's', string.format('%.0f', untilSlot))
  local m = tonumber(redis.call('HGET', KEYS[1], 'm') or '0')
  redis.call('PEXPIRE', KEYS[1], math.floor((math.max(untilSlot, m) - now) / 1000) + 1000)
end
return 0
