# Only /box is writable: exits 1 when /etc can be written or /box cannot.
escaped = begin
  File.write("/etc/escape", "x")
  true
rescue SystemCallError
  false
end
File.write("/box/ok", "x")
if escaped
  puts "could write /etc/escape"
  exit 1
end
