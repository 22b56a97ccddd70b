-- Only /box is writable: exits 1 when /etc can be written or /box cannot.
import Control.Exception (IOException, try)
import System.Exit (exitFailure)

main :: IO ()
main = do
  r <- try (writeFile "/etc/escape" "x") :: IO (Either IOException ())
  writeFile "/box/ok" "x"
  case r of
    Right () -> putStrLn "could write /etc/escape" >> exitFailure
    Left _ -> return ()
