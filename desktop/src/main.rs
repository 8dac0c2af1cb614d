//! `wallet`: with no arguments, the web preview of the app with its embedded sandbox bank on 127.0.0.1:8080.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use wallet_desktop::preview;

#[derive(Parser)]
#[command(name = "wallet", version, about = "The wallet's desktop tools: the web preview of the app and dev commands.")]
#[command(args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    preview: PreviewArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Serves the web preview (also what `wallet` alone does).
    Preview(PreviewArgs),
}

#[derive(Args)]
struct PreviewArgs {
    /// Port on 127.0.0.1; 0 picks a free one.
    #[arg(long, default_value_t = 8080)]
    port: u16,
    /// Folder for the preview's phones' data (each browser session gets its own).
    #[arg(long, default_value = "wallet-data")]
    data_dir: PathBuf,
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let args = match cli.command {
        Some(Command::Preview(args)) => args,
        None => cli.preview,
    };
    match preview::run(preview::Options { port: args.port, data_dir: args.data_dir }).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("wallet: {error}");
            ExitCode::FAILURE
        }
    }
}
