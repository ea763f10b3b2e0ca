-- Holds back every permit of one rate-limit lane until a time from now (after a 429).
-- KEYS[1]  the lane (see rate-limit-acquire.lua)
-- ARGV[1]  microseconds from now
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local untilSlot = now + tonumber(ARGV[1])
if untilSlot > tonumber(redis.call('GET', KEYS[1]) or '0') then
  redis.call('SET', KEYS[1], string.format('%.0f', untilSlot),
    'PX', math.floor((untilSlot - now) / 1000) + 1000)
end
return 0
