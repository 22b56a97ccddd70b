v = $stdin.read.split.map(&:to_i)
n = v[0]
puts "redline smoke: n=#{n} sum=#{v[1, n].sum}"
