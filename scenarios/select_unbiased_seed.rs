//! select! without biased picks a random start branch
//! When several branches are ready, unbiased `select!` starts polling at a
//! random branch, so any of them may win. pollscope draws that choice from
//! the run's seed: change `--seed` to see other winners, replay to get the same.
//! part: join-select-timeout
// crosscheck: skip (unbiased select! is random on real Tokio)
#[tokio::main]
async fn main() {
    let mut wins = [0u32; 3];
    for round in 0..6 {
        let w = tokio::select! {
            _ = async {} => 0,
            _ = async {} => 1,
            _ = async {} => 2,
        };
        println!("round {}: branch {} won", round, w);
        wins[w] += 1;
    }
    println!("wins: {:?}", wins);
}
