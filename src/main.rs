fn main() {
    whosaid_web::start();
}
