// The Book's blog Post state pattern: Option<Box<dyn State>>, take(), self: Box<Self> transitions.
trait State {
    fn request_review(self: Box<Self>) -> Box<dyn State>;
    fn approve(self: Box<Self>) -> Box<dyn State>;
    fn content<'a>(&self, _post: &'a Post) -> &'a str { "" }
    fn name(&self) -> &'static str;
}
struct Post { state: Option<Box<dyn State>>, content: String }
impl Post {
    fn new() -> Post { Post { state: Some(Box::new(Draft {})), content: String::new() } }
    fn add_text(&mut self, text: &str) { self.content.push_str(text); }
    fn content(&self) -> &str { self.state.as_ref().unwrap().content(self) }
    fn request_review(&mut self) { if let Some(s) = self.state.take() { self.state = Some(s.request_review()) } }
    fn approve(&mut self) { if let Some(s) = self.state.take() { self.state = Some(s.approve()) } }
    fn state_name(&self) -> &'static str { self.state.as_ref().unwrap().name() }
}
struct Draft {}
struct PendingReview {}
struct Published {}
impl State for Draft {
    fn request_review(self: Box<Self>) -> Box<dyn State> { Box::new(PendingReview {}) }
    fn approve(self: Box<Self>) -> Box<dyn State> { self }
    fn name(&self) -> &'static str { "draft" }
}
impl State for PendingReview {
    fn request_review(self: Box<Self>) -> Box<dyn State> { self }
    fn approve(self: Box<Self>) -> Box<dyn State> { Box::new(Published {}) }
    fn name(&self) -> &'static str { "pending" }
}
impl State for Published {
    fn request_review(self: Box<Self>) -> Box<dyn State> { self }
    fn approve(self: Box<Self>) -> Box<dyn State> { self }
    fn content<'a>(&self, post: &'a Post) -> &'a str { &post.content }
    fn name(&self) -> &'static str { "published" }
}
fn main() {
    let mut post = Post::new();
    post.add_text("I ate a salad");
    println!("{} '{}'", post.state_name(), post.content());
    post.approve();
    println!("{} '{}'", post.state_name(), post.content());
    post.request_review();
    println!("{} '{}'", post.state_name(), post.content());
    post.approve();
    println!("{} '{}'", post.state_name(), post.content());
}
