#!/usr/bin/perl
# notify-listener.pl SOCKET OUT SECONDS: stands in for systemd's notification socket in
# InstallLifecycleIT. Binds a Unix datagram socket at SOCKET (writable by everyone, like
# /run/systemd/notify), appends every datagram received to OUT as one line, and ends after SECONDS.
use strict;
use warnings;
use Socket qw(AF_UNIX SOCK_DGRAM pack_sockaddr_un);
use IO::Handle;

my ($path, $out, $seconds) = @ARGV;
die "usage: notify-listener.pl SOCKET OUT SECONDS\n" unless defined $seconds;
unlink $path;
socket(my $socket, AF_UNIX, SOCK_DGRAM, 0) or die "socket: $!\n";
bind($socket, pack_sockaddr_un($path)) or die "bind $path: $!\n";
chmod 0777, $path;
open(my $log, '>>', $out) or die "$out: $!\n";
$log->autoflush(1);

local $SIG{ALRM} = sub { exit 0 };
alarm $seconds;
while (1) {
    my $message;
    defined(recv($socket, $message, 4096, 0)) or next;
    print $log "$message\n";
}
