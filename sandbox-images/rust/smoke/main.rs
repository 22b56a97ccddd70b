use std::io::Read;

fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    let v: Vec<i64> = s.split_whitespace().map(|x| x.parse().unwrap()).collect();
    let n = v[0] as usize;
    let sum: i64 = v[1..=n].iter().sum();
    println!("redline smoke: n={} sum={}", n, sum);
}
