raise "candidate bug"
