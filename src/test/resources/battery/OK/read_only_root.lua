-- Only /box is writable: exits 1 when /etc can be written or /box cannot.
local f = io.open("/etc/escape", "w")
if f then print("could write /etc/escape") os.exit(1) end
assert(io.open("/box/ok", "w"), "/box is writable"):write("x")
