//! `wallet`: with no arguments, the web preview of the app with its sandbox bank on 127.0.0.1:8080.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use wallet_desktop::{dev, preview, sandbox};

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
    /// Runs the sandbox bank alone.
    Sandbox(SandboxArgs),
    /// Machine-readable zones of passports and ID cards (ICAO 9303).
    Mrz {
        #[command(subcommand)]
        command: MrzCommand,
    },
}

#[derive(Subcommand)]
enum MrzCommand {
    /// Reads MRZ lines from stdin and prints every field and check digit.
    Parse {
        /// Prints one JSON object instead of a summary.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Args)]
struct PreviewArgs {
    /// Port on 127.0.0.1; 0 picks a free one.
    #[arg(long, default_value_t = 8080)]
    port: u16,
    /// Folder for the preview's phones' data and its sandbox bank's database.
    #[arg(long, default_value = "wallet-data")]
    data_dir: PathBuf,
}

#[derive(Args)]
struct SandboxArgs {
    /// Port on 127.0.0.1; 0 picks a free one.
    #[arg(long, default_value_t = 8090)]
    port: u16,
    /// The SQLite database file; created and seeded with demo data if missing.
    #[arg(long, default_value = "sandbox.sqlite")]
    db: PathBuf,
    /// Milliseconds an accepted operation waits before it is executed (and can be cancelled).
    #[arg(long, default_value_t = 10_000)]
    execution_delay_ms: u64,
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let command = cli.command.unwrap_or(Command::Preview(cli.preview));
    let outcome = match command {
        Command::Sandbox(args) => sandbox::run(sandbox::Options {
            port: args.port,
            db: args.db,
            execution_delay: std::time::Duration::from_millis(args.execution_delay_ms),
        })
        .await
        .map_err(|e| e.to_string()),
        Command::Preview(args) => {
            preview::run(preview::Options { port: args.port, data_dir: args.data_dir }).await.map_err(|e| e.to_string())
        }
        Command::Mrz { command: MrzCommand::Parse { json } } => dev::mrz::run(json).map_err(|e| e.to_string()),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("wallet: {error}");
            ExitCode::FAILURE
        }
    }
}
