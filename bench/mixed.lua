-- A wrk script that rotates through the paths listed in a file, one per line, so that one load
-- run mixes every kind of page (entries, lists at several depths, the timeline, sources, search).
--   wrk -s bench/mixed.lua http://127.0.0.1:8084 -- paths.txt
-- Each of wrk's threads starts at a different place in the list.

local threads = 0

function setup(thread)
  thread:set("offset", threads * 97)
  threads = threads + 1
end

local paths = {}
local n = 0

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then
      paths[#paths + 1] = line
    end
  end
  n = (offset or 0) % #paths
end

function request()
  n = n % #paths + 1
  return wrk.format("GET", paths[n])
end
