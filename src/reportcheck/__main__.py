from reportcheck.cli import main

main()
