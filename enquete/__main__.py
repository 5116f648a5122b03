from enquete.cli import main

main()
