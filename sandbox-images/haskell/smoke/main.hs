main :: IO ()
main = do
  v <- map read . words <$> getContents :: IO [Integer]
  let n = head v
  putStrLn ("redline smoke: n=" ++ show n ++ " sum=" ++ show (sum (take (fromIntegral n) (tail v))))
