help-tailieu = send the agenda and documents for the next meeting
tailieu-soon = Coming soon.
