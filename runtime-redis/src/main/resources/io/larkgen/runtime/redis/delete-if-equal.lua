-- Deletes KEYS[1] only while it still holds ARGV[1]: a rejected token another client has
-- already replaced, or a lock another client has taken since, is kept.
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
