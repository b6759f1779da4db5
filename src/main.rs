fn main() {
    let path = std::env::args().nth(2).unwrap();
    let docs = claimdiff::document::load(&path).unwrap();
    let d = &docs[0];
    let s = claimdiff::sentence::sentences(d);
    let v: Vec<serde_json::Value> = s.iter().map(|s| serde_json::json!({"index": s.index, "text": s.span.of(&d.text), "boilerplate": s.boilerplate})).collect();
    println!("{}", serde_json::to_string(&v).unwrap());
}
