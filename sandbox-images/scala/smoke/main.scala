object Main {
  def main(args: Array[String]): Unit = {
    val v = scala.io.Source.stdin.mkString.split("\\s+").filter(_.nonEmpty).map(_.toLong)
    val n = v(0).toInt
    println(s"redline smoke: n=$n sum=${v.slice(1, n + 1).sum}")
  }
}
